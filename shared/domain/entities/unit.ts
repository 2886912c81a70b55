import { z } from 'zod';
import { UNIT_KIND, UNIT_LEVEL } from '../enums';
import { PHONE_PATTERN, code, flag, optNumber, optRef, optText, text } from './fields';

/** 统一社会信用代码, GB 32100 (DOMAIN §2.4). */
export const CREDIT_CODE_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** 单位: a node of the county's unit tree, or an outside body (DOMAIN §2.4). */
export const UnitSchema = z.object({
  name: text('单位全称', { max: 60 }),
  shortName: optText('简称', { max: 20 }),
  creditCode: optText('统一社会信用代码', { max: 18, pattern: CREDIT_CODE_PATTERN, patternMessage: '统一社会信用代码应为18位（数字或大写字母，不含I、O、Z、S、V）' }),
  parentId: optRef('上级单位'),
  level: code(UNIT_LEVEL, '层级'),
  kind: code(UNIT_KIND, '类别'),
  regionCode: optText('行政区划代码', { max: 12, pattern: /^\d{6}(\d{3})?(\d{3})?$/, patternMessage: '行政区划代码应为6、9或12位数字' }),
  isInCounty: flag('县内单位'),
  sortOrder: optNumber('排序号', 0, 1_000_000),
  contactName: optText('联络员', { max: 20 }),
  contactPhone: optText('联络员电话', { max: 20, pattern: PHONE_PATTERN, patternMessage: '电话应为11位手机号或带区号的固定电话' }),
});

export type Unit = z.infer<typeof UnitSchema>;
export type UnitInput = z.input<typeof UnitSchema>;
