/** "+ Add a component": turns a 1-D or 2-D spec into a mixture, or grows a mixture by one. */
export function AddComponentButton({ which, onAdd }: { which: 'p' | 'q'; onAdd: () => void }) {
  return (
    <button
      type="button"
      className="small-button"
      data-testid={`${which}.mix.add`}
      aria-label={`Add a component to ${which.toUpperCase()}`}
      onClick={onAdd}
    >
      + Add a component
    </button>
  );
}
