/**
 * The form's own inputs for text, figures and days. Each judges its value with the schema at its
 * path (src/lib/editor/form-rules.ts), so a fault is stopped under the field in the check's words;
 * a figure may be typed with dots (190.000.000) and is saved as a number, a day as dd/mm/yyyy and
 * saved as YYYY-MM-DD; an empty optional field is left out of the file ("chưa rõ", never 0).
 */
import { fieldProblem, readDay, readNumber, showDay, showNumber } from '../../lib/editor/form-rules';
import type { CollectionName } from '../../lib/editor/schema-walk';
import { cleanFormData } from '../../lib/editor/clean';
import type { DecapMap } from './decap';

const isBlank = (group: unknown) => group === undefined || Object.keys(cleanFormData({ group })).length === 0;

interface ControlProps {
  field: DecapMap;
  entry: DecapMap;
  value: unknown;
  forID: string;
  classNameWrapper: string;
  onChange(value: unknown): void;
  setActiveStyle(): void;
  setInactiveStyle(): void;
}

type Reader = (typed: string) => unknown;
type Shower = (value: unknown, path: string) => string;

function control(read: Reader, show: Shower, inputMode: string | undefined, placeholder: (field: DecapMap) => string | undefined) {
  return window.createClass({
    getInitialState(this: { props: ControlProps }) {
      return { text: show(this.props.value, String(this.props.field.get('dvk_path'))) };
    },
    isValid(this: { props: ControlProps }) {
      const { field, value, entry } = this.props;
      // A field of an optional group (funding, cover) is needed only once the group holds something.
      const parent = field.get('dvk_parent') as string | undefined;
      if (parent && isBlank(entry.getIn(['data', ...parent.split('.')])?.toJS?.())) return true;
      const problem = fieldProblem(field.get('dvk_collection') as CollectionName, String(field.get('dvk_path')), value, Boolean(field.get('dvk_required')));
      return problem ? { error: { type: 'dvk', message: problem } } : true;
    },
    render(this: { props: ControlProps; state: { text: string }; setState(s: unknown): void }) {
      const { field, forID, classNameWrapper, setActiveStyle, setInactiveStyle, onChange } = this.props;
      const long = Boolean(field.get('long'));
      return window.h(long ? 'textarea' : 'input', {
        id: forID,
        className: classNameWrapper,
        value: this.state.text,
        inputMode,
        placeholder: placeholder(field),
        rows: long ? 3 : undefined,
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
        onChange: (event: { target: { value: string } }) => {
          this.setState({ text: event.target.value });
          onChange(read(event.target.value));
        },
      });
    },
  });
}

const optionalHint = (field: DecapMap) => (field.get('dvk_required') ? undefined : 'chưa rõ');

export function registerWidgets() {
  window.CMS.registerWidget('dvk-text', control((typed) => typed, (value) => (typeof value === 'string' ? value : ''), undefined, () => undefined));
  window.CMS.registerWidget('dvk-number', control(readNumber, showNumber, 'decimal', optionalHint));
  window.CMS.registerWidget('dvk-date', control(readDay, showDay, 'numeric', (field) => (field.get('dvk_required') ? 'ngày/tháng/năm' : 'ngày/tháng/năm, hoặc để trống')));
}
