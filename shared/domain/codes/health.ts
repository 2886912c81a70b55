import type { CodeList } from './types';

/** 健康状况 pick list; the stored code is the label itself (no national code is used on rosters). */
export const HEALTH: CodeList = {
  id: 'health',
  name: '健康状况',
  standard: '本系统',
  items: [
    { code: '健康', label: '健康', aliases: ['身体健康'] },
    { code: '良好', label: '良好' },
    { code: '一般', label: '一般' },
    { code: '较差', label: '较差', aliases: ['差'] },
  ],
};
