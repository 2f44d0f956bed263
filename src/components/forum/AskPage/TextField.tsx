import React, {type ReactNode, useId} from 'react';
import {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {usePlural} from '@site/src/lib/usePlural';

/** The messages shown beside the fields, by the gateway's field names (`title`, `question`, `email`, `study_group`…). */
export type FieldErrors = Partial<Record<string, string[]>>;

type Props = {
  label: ReactNode;
  name: string;
  value: string;
  onChange: (value: string) => void;
  /** How many characters the field holds and may hold (as the gateway counts): a counter under it. */
  count?: {used: number; limit: number};
  errors?: string[] | undefined;
  multiline?: boolean;
} & Pick<React.InputHTMLAttributes<HTMLInputElement>, 'type' | 'autoComplete' | 'required' | 'dir' | 'inputMode'>;

/**
 * A field with its counter and its problems beside it. No `maxlength`: a
 * paste over the limit would be cut without a word; the counter turns to an
 * error instead, and the text stays as pasted.
 */
export default function TextField({label, name, value, onChange, count, errors = [], multiline, ...input}: Props): ReactNode {
  const id = useId();
  const described = [count && `${id}-count`, errors.length > 0 && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = {id, name, value, 'aria-describedby': described, 'aria-invalid': errors.length > 0 || undefined};
  return (
    <div className="forum-form__field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} required={input.required} dir={input.dir} rows={8} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} {...input} onChange={(e) => onChange(e.target.value)} />
      )}
      {count && <Counter id={`${id}-count`} {...count} />}
      {errors.length > 0 && (
        <div id={`${id}-error`} className="forum-form__error">
          {errors.map((error) => <p key={error}>{error}</p>)}
        </div>
      )}
    </div>
  );
}

/**
 * "42 / 5000 characters", in error once over. Screen readers hear it only
 * near the limit (politely), not at every key.
 */
function Counter({id, used, limit}: {id: string; used: number; limit: number}): ReactNode {
  const isBrowser = useIsBrowser();
  const plural = usePlural();
  if (!isBrowser) {
    return <small id={id} className="forum-form__count">{plural(translate({id: 'forum.ask.count.limit', message: 'At most {limit} character|At most {limit} characters', description: 'Ask form: the limit of a field, shown without JavaScript (plural forms)'}, {limit}), limit)}</small>;
  }
  const over = used - limit;
  const left = limit - used;
  const shown = plural(over > 0
    ? translate({id: 'forum.ask.count.over', message: '{used} / {limit} character: {over} too many|{used} / {limit} characters: {over} too many', description: 'Ask form: a field over its limit (the text is kept; it must be shortened before sending) (plural forms, by {limit})'}, {used, limit, over})
    : translate({id: 'forum.ask.count.used', message: '{used} / {limit} character|{used} / {limit} characters', description: 'Ask form: characters typed in a field and its limit (plural forms, by {limit})'}, {used, limit}), limit);
  const near = over <= 0 && left <= Math.max(10, limit / 10);
  return (
    <>
      <small id={id} className={over > 0 ? 'forum-form__count forum-form__count--over' : 'forum-form__count'}>{shown}</small>
      <span className="visually-hidden" aria-live="polite">
        {over > 0 ? shown : near ? translate({id: 'forum.ask.count.left', message: 'Characters left: {left}', description: 'Ask form: said to screen readers near a field\'s limit'}, {left}) : ''}
      </span>
    </>
  );
}
