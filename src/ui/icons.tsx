import type { ReactNode } from 'react';

/**
 * Icons drawn as inline SVG in the text's colour and size: an emoji (🔒, ⚠) shows as an empty box
 * on a classroom machine without an emoji font. Decorative: the text beside each says what it means.
 */
function Icon({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** A padlock. */
export function LockIcon() {
  return (
    <Icon className="icon-lock">
      <path
        d="M5 7V5a3 3 0 0 1 6 0v2"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
      />
      <rect x="3" y="7" width="10" height="7.5" rx="1.5" fill="currentColor" />
    </Icon>
  );
}

/** A warning triangle with an exclamation mark. */
export function WarningIcon() {
  return (
    <Icon className="icon-warning">
      <path d="M8 1.5 15 14.5H1Z" fill="currentColor" />
      <path d="M8 6v4.2" stroke="#fff" strokeWidth="1.7" strokeLinecap="round" />
      <circle cx="8" cy="12.4" r="0.95" fill="#fff" />
    </Icon>
  );
}
