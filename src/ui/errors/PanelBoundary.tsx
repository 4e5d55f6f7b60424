import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What the panel is, for the message: "the charts", "P's editor". */
  readonly name: string;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
  /** Bumped by "Try again" so the children mount afresh. */
  readonly attempt: number;
}

/**
 * Keeps a failure inside one panel: the panel says what failed and offers to try again, and the
 * rest of the page (the other panels, the person's P and Q) keeps working. React only catches
 * render errors in class components, hence the class.
 */
export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for a bug report; the panel itself says what happened.
    console.warn(`KL Explorer: ${this.props.name} failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error, attempt } = this.state;
    if (!error) return <Fragment key={attempt}>{this.props.children}</Fragment>;
    return (
      <section className="card panel-failed" role="alert" data-testid="panel-failed">
        <h2>Something went wrong in {this.props.name}</h2>
        <p>
          {error.message.slice(0, 300) || 'An unexpected error.'} The rest of the page still works,
          and your scenario is kept.
        </p>
        <button
          type="button"
          onClick={() => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }))}
        >
          Try again
        </button>
      </section>
    );
  }
}
