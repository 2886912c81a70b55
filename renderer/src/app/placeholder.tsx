import { Result } from 'antd';

/** What a section that is not built yet says, plainly. */
export function NotBuiltYet(props: { title: string; plan: string }) {
  return (
    <div className="gzt-page">
      <Result status="info" title={`“${props.title}”尚未开放`} subTitle={`本版本还没有这一功能。${props.plan}`} />
    </div>
  );
}
