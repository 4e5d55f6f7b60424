import { Component, type ReactNode } from 'react';

/**
 * Catches a lazily loaded module that failed to arrive (a dropped connection, a deploy that removed
 * the old chunk) and shows `failed` in its place instead of unmounting the whole page; the rest of
 * the person's work stays on screen.
 */
export class LoadBoundary extends Component<
  { failed: ReactNode; children: ReactNode },
  { error: boolean }
> {
  override state = { error: false };

  static getDerivedStateFromError(): { error: boolean } {
    return { error: true };
  }

  override render(): ReactNode {
    return this.state.error ? this.props.failed : this.props.children;
  }
}
