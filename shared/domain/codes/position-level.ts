import type { CodeList } from './types';

/**
 * 职务层次 – GB/T 12407-2008 职务级别代码: 1xx civil-servant post levels and 2xx 职员 levels of
 * 事业单位 management posts. The 2xx codes were checked in two independent public dictionaries
 * (a C# DicDutyLevel "引自GB/T 12407-2008，见表B.39" and a Java HR constant table).
 */
export const POSITION_LEVEL: CodeList = {
  id: 'positionLevel',
  name: '职务层次',
  standard: 'GB/T 12407-2008',
  items: [
    { code: '101', label: '国家级正职' },
    { code: '102', label: '国家级副职' },
    { code: '111', label: '省部级正职', short: '正部级', aliases: ['正部', '正省级', '正省部级'] },
    { code: '112', label: '省部级副职', short: '副部级', aliases: ['副部', '副省级', '副省部级'] },
    { code: '121', label: '厅局级正职', short: '正厅级', aliases: ['正厅', '正局', '正局级', '正厅局级', '正地厅级'] },
    { code: '122', label: '厅局级副职', short: '副厅级', aliases: ['副厅', '副局', '副局级', '副厅局级', '副地厅级'] },
    { code: '131', label: '县处级正职', short: '正处级', aliases: ['正处', '正县', '正县级', '正县处级'] },
    { code: '132', label: '县处级副职', short: '副处级', aliases: ['副处', '副县', '副县级', '副县处级'] },
    { code: '141', label: '乡科级正职', short: '正科级', aliases: ['正科', '正乡', '正乡级', '正乡科级'] },
    { code: '142', label: '乡科级副职', short: '副科级', aliases: ['副科', '副乡', '副乡级', '副乡科级'] },
    { code: '150', label: '科员级', aliases: ['科员'] },
    { code: '160', label: '办事员级', aliases: ['办事员'] },
    { code: '199', label: '未定职公务员', aliases: ['未定级公务员', '未定职'] },
    { code: '211', label: '一级职员' },
    { code: '212', label: '二级职员' },
    { code: '221', label: '三级职员' },
    { code: '222', label: '四级职员' },
    { code: '231', label: '五级职员' },
    { code: '232', label: '六级职员' },
    { code: '241', label: '七级职员' },
    { code: '242', label: '八级职员' },
    { code: '250', label: '九级职员' },
    { code: '260', label: '十级职员' },
    { code: '299', label: '未定级职员' },
  ],
};
