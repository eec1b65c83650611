import { useFormat } from '@/lib/use-format';
import { describeRule } from '../lib/rule-words';
import type { RuleAnchor } from '../lib/rule-words';

/** A schedule's rule in words in the page's language, or the rule itself when it has no words. */
export function RuleWords({ rule, startsOn, anchor }: { rule: string; startsOn: string; anchor?: RuleAnchor }) {
  const format = useFormat();
  return <>{describeRule(rule, startsOn, format.language, format.date, anchor) ?? rule}</>;
}
