/** A SHA-256 fingerprint as people compare it aloud: lowercase hex in groups of four. */
export function groupFingerprint(hex: string): string {
  const clean = hex.replace(/[^0-9a-f]/gi, '').toLowerCase();
  return (clean.match(/.{1,4}/g) ?? []).join(' ');
}
