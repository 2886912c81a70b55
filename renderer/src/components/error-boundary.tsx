import { Button, Result, Typography } from 'antd';
import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';
import { T } from '../app/texts';

/** What a boundary shows instead of its children after they threw; `reload` mounts them afresh. */
export type BoundaryFallback = (error: unknown, reload: () => void) => ReactNode;

interface Props {
  children: ReactNode;
  /** When this value changes (e.g. the route), a failed boundary tries its children again. */
  resetKey?: string;
  /** What to show instead of the standard page message. */
  fallback?: BoundaryFallback;
}

interface State {
  error: unknown;
  failed: boolean;
  /** Bumped by "重新加载此页": a new key mounts the children from scratch. */
  attempt: number;
  resetKey: string | undefined;
}

/** The error's own text, for the support line of the message. */
function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 300);
  return String(error).slice(0, 300);
}

/**
 * The message of a page that failed: what happened, that nothing was changed, the error's own text
 * for support, and one button (by default "重新加载此页", which mounts the page afresh).
 */
export function PageFailure(props: { error: unknown; reload: () => void; title?: string; text?: string; action?: string }) {
  return (
    <Result
      status="error"
      title={props.title ?? T.boundary.title}
      subTitle={props.text ?? T.boundary.text}
      extra={
        <Button type="primary" onClick={props.reload}>
          {props.action ?? T.boundary.reload}
        </Button>
      }
    >
      <Typography.Text type="secondary" copyable>
        {T.boundary.detail(describe(props.error))}
      </Typography.Text>
    </Result>
  );
}

/**
 * Keeps an exception thrown while a screen renders (a validator's RangeError in a useMemo, a bad
 * record) inside that screen: the boundary shows PageFailure, the menu and every other screen stay
 * usable, and nothing is written. The error is logged by the root's `onCaughtError`
 * (`logCaughtError`, main.tsx) as a warning: it was handled and shown to the clerk.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined, failed: false, attempt: 0, resetKey: undefined };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey === state.resetKey) return null;
    return { resetKey: props.resetKey, ...(state.failed ? { error: undefined, failed: false, attempt: state.attempt + 1 } : {}) };
  }

  private readonly reload = () => this.setState((s) => ({ error: undefined, failed: false, attempt: s.attempt + 1 }));

  override render(): ReactNode {
    if (this.state.failed) return this.props.fallback ? this.props.fallback(this.state.error, this.reload) : <PageFailure error={this.state.error} reload={this.reload} />;
    return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}

/**
 * The root's `onCaughtError` (createRoot option): an error an ErrorBoundary caught is logged once
 * as a warning with the component stack. React's default logs it with console.error, which would
 * make a handled failure look like a crash (the browser tier fails on console errors).
 */
export function logCaughtError(error: unknown, info: Pick<ErrorInfo, 'componentStack'>): void {
  console.warn('guazhitong: a page failed to render; its error boundary caught it and told the clerk.', error, info.componentStack ?? '');
}
