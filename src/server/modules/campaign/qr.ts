/**
 * The QR code printed on every material, as vector shapes (sharp at any print
 * size): dark modules merged into horizontal runs. qrcode loads on first use.
 */

export interface QrCode {
  /** Modules per side. */
  size: number;
  /** Dark runs: column, row, length in modules. */
  runs: { x: number; y: number; length: number }[];
}

export async function qrCode(url: string): Promise<QrCode> {
  const qrcode = (await import('qrcode')).default;
  const { modules } = qrcode.create(url, { errorCorrectionLevel: 'M' });
  const runs: QrCode['runs'] = [];
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) {
      if (!modules.get(y, x)) continue;
      const start = x;
      while (x + 1 < modules.size && modules.get(y, x + 1)) x++;
      runs.push({ x: start, y, length: x - start + 1 });
    }
  }
  return { size: modules.size, runs };
}

/** The code as SVG elements in a box of `width` units at (left, top), for the social image. */
export function qrSvgPath(qr: QrCode, left: number, top: number, width: number): string {
  const m = width / qr.size;
  const d = qr.runs
    .map(
      (r) =>
        `M${(left + r.x * m).toFixed(2)} ${(top + r.y * m).toFixed(2)}h${(r.length * m).toFixed(2)}v${m.toFixed(2)}h${(-r.length * m).toFixed(2)}z`,
    )
    .join('');
  return `<path fill="#000000" d="${d}"/>`;
}
