import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Link, type LinkProps } from './router';

type Variant = 'primary' | 'secondary' | 'warning' | 'quiet';

function classes(variant: Variant, large?: boolean, extra?: string): string {
  return ['button', `button--${variant}`, large ? 'button--large' : '', extra ?? '']
    .filter(Boolean)
    .join(' ');
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: Variant;
  large?: boolean;
  /** Shows the busy label and blocks a second press while a request runs. */
  busy?: boolean;
  busyLabel?: ReactNode;
};

export function Button({ variant = 'primary', large, busy, busyLabel, className, children, type = 'button', ...rest }: ButtonProps) {
  return (
    <button
      type={type}
      className={classes(variant, large, className)}
      aria-disabled={busy || undefined}
      {...rest}
      onClick={busy ? (e) => e.preventDefault() : rest.onClick}
    >
      {busy && busyLabel ? busyLabel : children}
    </button>
  );
}

type ButtonLinkProps = LinkProps & { variant?: Variant; large?: boolean };

/** A link that looks like a button, for choices that go somewhere. */
export function ButtonLink({ variant = 'primary', large, className, ...rest }: ButtonLinkProps) {
  return <Link className={classes(variant, large, className)} {...rest} />;
}
