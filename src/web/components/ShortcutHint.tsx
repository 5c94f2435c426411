/**
 * The key that fires a button, drawn inside it. Screen readers get it from the
 * button's aria-keyshortcuts instead (see shortcutProps), so it is hidden here.
 */
export function ShortcutHint({ shortcut }: { shortcut: string | undefined }) {
  if (!shortcut) return null;
  return (
    <span className="shortcut-hint" aria-hidden="true">
      <kbd>{shortcut}</kbd>
    </span>
  );
}

/** aria-keyshortcuts for a button whose shortcut is on; nothing when shortcuts are off. */
export function shortcutProps(shortcut: string | undefined) {
  return shortcut ? { 'aria-keyshortcuts': shortcut } : {};
}
