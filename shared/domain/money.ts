/**
 * Money is computed in integer fen (分) so that sums never drift; yuan appear only at the edges
 * (rule amounts typed by a clerk, cells of a workbook). Rounding is half-up to the fen, the way a
 * clerk rounds on paper: 0.005 yuan → 0.01 yuan, −0.005 yuan → −0.01 yuan.
 */

/** Yuan (as typed, e.g. 30 or 12.345) → integer fen, rounded half-up (away from zero). */
export function yuanToFen(yuan: number): number {
  if (!Number.isFinite(yuan)) throw new RangeError(`金额“${yuan}”无效`);
  const sign = yuan < 0 ? -1 : 1;
  // toPrecision removes the binary noise of ×100 (1.005 × 100 = 100.49999…) before rounding.
  const scaled = Number((Math.abs(yuan) * 100).toPrecision(15));
  return sign * Math.floor(scaled + 0.5) || 0;
}

/** Integer fen → yuan as a number with at most two decimals (for a workbook cell formatted #,##0.00). */
export function fenToYuan(fen: number): number {
  return fen / 100;
}

/** numerator ÷ denominator of integers, rounded half-up (away from zero); denominator must be positive. */
export function divideRoundHalfUp(numerator: number, denominator: number): number {
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || denominator <= 0) {
    throw new RangeError(`无法计算 ${numerator} ÷ ${denominator}`);
  }
  const sign = numerator < 0 ? -1 : 1;
  return sign * Math.floor((2 * Math.abs(numerator) + denominator) / (2 * denominator)) || 0;
}

/** Integer fen → '1,234.50' (the #,##0.00 format of the payment sheets); negatives get a leading '-'. */
export function formatYuan(fen: number): string {
  if (!Number.isInteger(fen)) throw new RangeError(`金额“${fen}”不是整数分`);
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${fen < 0 ? '-' : ''}${yuan}.${String(abs % 100).padStart(2, '0')}`;
}
