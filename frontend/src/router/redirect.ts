/** A redirect target from the query string, kept only when it is a path of this application. */
export function safeRedirect(value: unknown): string | null {
  return typeof value === 'string' &&
    value.startsWith('/') &&
    !value.startsWith('//') &&
    !value.startsWith('/login')
    ? value
    : null
}
