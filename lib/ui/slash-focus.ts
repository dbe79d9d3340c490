/**
 * "/" focuses the quick-reply search from anywhere in the composer, except
 * while the seller is typing in a field (where "/" is just a character).
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['radio', 'checkbox', 'button', 'submit', 'reset'].includes(target.type);
  return false;
}

export function onSlashFocus(e: KeyboardEvent, focus: () => void): void {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
  e.preventDefault();
  focus();
}
