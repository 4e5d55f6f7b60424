import { useAppStore } from '../../state/store';

/** Messages about the person's input (a bad URL, a failed computation), each dismissible. */
export function MessageBar() {
  const messages = useAppStore((s) => s.messages);
  const dismiss = useAppStore((s) => s.dismissMessage);
  return (
    <div className="messages" aria-live="polite" data-testid="messages">
      {messages.map((m) => (
        <div
          key={m.id}
          className={`message message-${m.level}`}
          role={m.level === 'error' ? 'alert' : 'status'}
          data-testid="message"
        >
          <span className="message-text">{m.text}</span>
          <button
            type="button"
            className="dismiss"
            aria-label="Dismiss message"
            onClick={() => dismiss(m.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
