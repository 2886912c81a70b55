import { yuanToFen } from './money';

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const SMALL_UNITS = ['', '拾', '佰', '仟'];
/** Units of the four-digit sections, lowest first. */
const SECTION_UNITS = ['', '万', '亿', '万亿'];
/** Amounts up to 9,999,999,999,999,999.99 yuan would be writable; payment sheets stay far below 1万亿. */
const MAX_FEN = 1e14 - 1;

/** A four-digit section (1–9999) in capitals: inner zeros become one 零, trailing zeros vanish, 10 is 壹拾. */
function section(n: number): string {
  let out = '';
  let zero = false;
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(n / 10 ** pos) % 10;
    if (d === 0) {
      if (out) zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[d]! + SMALL_UNITS[pos]!;
  }
  return out;
}

/** The yuan part (> 0) in capitals, without 元. */
function integerPart(yuan: number): string {
  const sections: number[] = [];
  for (let rest = yuan; rest > 0; rest = Math.floor(rest / 10000)) sections.push(rest % 10000);
  let out = '';
  let pendingZero = false;
  for (let i = sections.length - 1; i >= 0; i--) {
    const s = sections[i]!;
    if (s === 0) {
      if (out) pendingZero = true;
      continue;
    }
    // A zero between two sections (壹拾万零伍佰) is written once, also across an empty section.
    if (out && (pendingZero || s < 1000)) out += '零';
    pendingZero = false;
    out += section(s) + SECTION_UNITS[i]!;
  }
  return out;
}

/**
 * 人民币大写 of an amount in integer fen, following the 《支付结算办法》 conventions for 票据和结算凭证:
 * 壹贰叁肆伍陆柒捌玖拾佰仟万亿 with 元角分; a zero inside the number is written as one 零; 整 after an
 * amount ending in 元 or 角, never after 分; when 角 is zero and 分 is not, 零 follows 元
 * (壹佰零壹元零壹分); a leading ten is 壹拾 (壹拾元整); amounts below one yuan have no 元 (伍分);
 * zero is 零元整. A negative amount (an adjustment) is written with a leading 负.
 */
export function capitalAmount(fen: number): string {
  if (!Number.isInteger(fen)) throw new RangeError(`金额“${fen}”不是整数分，无法写成大写`);
  if (Math.abs(fen) > MAX_FEN) throw new RangeError('金额过大，无法写成大写');
  if (fen < 0) return `负${capitalAmount(-fen)}`;
  if (fen === 0) return '零元整';
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cent = fen % 10;
  let out = yuan > 0 ? `${integerPart(yuan)}元` : '';
  if (jiao > 0) out += `${DIGITS[jiao]}角`;
  else if (cent > 0 && yuan > 0) out += '零';
  if (cent > 0) out += `${DIGITS[cent]}分`;
  else out += '整';
  return out;
}

/** 人民币大写 of an amount in yuan (rounded half-up to the fen first). */
export function capitalAmountOfYuan(yuan: number): string {
  return capitalAmount(yuanToFen(yuan));
}
