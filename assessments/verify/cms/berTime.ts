import type { BerNode } from './berReader';
import { berNodeOf, isUniversal, TAG } from './berNodeValues';

/**
 * UTCTime and GeneralizedTime to a Date exactly as asn1js's toDate() gives them, odd readings
 * included (an unreadable UTCTime is a date in 1899; a GeneralizedTime with an offset goes
 * through local time), so a time read here is the time the verifier always read.
 */

interface TimeFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

function utcTimeFields(text: string): TimeFields {
  const fields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, millisecond: 0 };
  const parts = /(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z/i.exec(text);
  if (!parts) return fields;
  const [, yy, mm, dd, hh, mi, ss] = parts.map((part) => parseInt(part, 10)) as number[];
  fields.year = (yy as number) >= 50 ? 1900 + (yy as number) : 2000 + (yy as number);
  return {
    ...fields,
    month: mm as number,
    day: dd as number,
    hour: hh as number,
    minute: mi as number,
    second: ss as number,
  };
}

/** The zone offset a GeneralizedTime without Z states, in hours and minutes (asn1js's reading). */
function zoneOffset(timeString: string): { rest: string; hours: number; minutes: number } {
  let multiplier = 1;
  let position = timeString.indexOf('+');
  if (position === -1) {
    position = timeString.indexOf('-');
    multiplier = -1;
  }
  if (position === -1) return { rest: timeString, hours: 0, minutes: 0 };
  const difference = timeString.substring(position + 1);
  const hours = multiplier * parseInt(difference.substring(0, 2), 10);
  const minutes = difference.length === 4 ? multiplier * parseInt(difference.substring(2, 4), 10) : 0;
  return { rest: timeString.substring(0, position), hours, minutes };
}

/** Only called on text the reader accepted, so none of asn1js's throwing cases remain. */
function generalizedTimeFields(text: string): TimeFields {
  const fields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, millisecond: 0 };
  const isUtc = text[text.length - 1] === 'Z';
  const zone = isUtc ? { rest: text.substring(0, text.length - 1), hours: 0, minutes: 0 } : zoneOffset(text);
  let point = zone.rest.indexOf('.');
  if (point === -1) point = zone.rest.indexOf(',');
  const fraction = point === -1 ? 0 : Number(`0${zone.rest.substring(point)}`);
  const dateTime = point === -1 ? zone.rest : zone.rest.substring(0, point);
  if (point !== -1 && dateTime.length === 10) {
    let rest = 60 * fraction;
    fields.minute = Math.floor(rest);
    rest = 60 * (rest - fields.minute);
    fields.second = Math.floor(rest);
    fields.millisecond = Math.floor(1e3 * (rest - fields.second));
  } else if (point !== -1 && dateTime.length === 12) {
    const rest = 60 * fraction;
    fields.second = Math.floor(rest);
    fields.millisecond = Math.floor(1e3 * (rest - fields.second));
  } else if (point !== -1 && dateTime.length === 14) fields.millisecond = Math.floor(1e3 * fraction);
  const groups = (/(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?/.exec(dateTime) ?? []).slice(1);
  const count = { 8: 3, 10: 4, 12: 5, 14: 6 }[dateTime.length] ?? 0;
  const keys = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;
  groups.slice(0, count).forEach((group, index) => {
    const key = keys[index] as (typeof keys)[number];
    const value = parseInt(group as string, 10);
    fields[key] = key === 'hour' ? value + zone.hours : key === 'minute' ? value + zone.minutes : value;
  });
  if (isUtc) return fields;
  // asn1js reads the fields as local time and keeps the weekday as the day.
  const local = new Date(
    fields.year,
    fields.month,
    fields.day,
    fields.hour,
    fields.minute,
    fields.second,
    fields.millisecond,
  );
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth(),
    day: local.getUTCDay(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
  };
}

function timeOfNode(node: BerNode): Date {
  const text = node.content().toString('latin1');
  const f = node.tagNumber === TAG.utcTime ? utcTimeFields(text) : generalizedTimeFields(text);
  return new Date(Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, f.millisecond));
}

/** UTCTime or GeneralizedTime; null for anything else or an impossible date. */
export function timeOf(value: unknown): Date | null {
  const node = berNodeOf(value);
  if (!node || !(isUniversal(node, TAG.utcTime) || isUniversal(node, TAG.generalizedTime))) return null;
  const date = timeOfNode(node);
  return Number.isFinite(date.getTime()) ? date : null;
}
