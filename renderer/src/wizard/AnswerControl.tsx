import { ChoiceGroup } from './controls/ChoiceGroup';
import type { AnswerControlProps } from './controls/controlProps';
import { CountryAnswer } from './controls/CountryAnswer';
import { DateAnswer } from './controls/DateAnswer';
import { EntityEditor } from './controls/EntityEditor';
import { MultiChoice } from './controls/MultiChoice';
import { TextAnswer } from './controls/TextAnswer';
import { UnknownToggle } from './controls/UnknownToggle';

/** The control for the question's answer type, with "Unknown" beside it where the type has no place for it. */
export function AnswerControl(props: AnswerControlProps) {
  switch (props.question.type) {
    case 'single':
    case 'yesno':
    case 'scale':
      return <ChoiceGroup {...props} />;
    case 'multi':
      return <MultiChoice {...props} />;
    case 'text':
    case 'evidence':
      return withUnknown(props, <TextAnswer {...props} />);
    case 'date':
      return withUnknown(props, <DateAnswer {...props} />);
    case 'country':
      return withUnknown(props, <CountryAnswer {...props} />);
    case 'entity':
      return withUnknown(props, <EntityEditor {...props} />);
  }
}

function withUnknown(props: AnswerControlProps, control: React.ReactNode) {
  if (!props.question.allowUnknown) return control;
  return (
    <>
      {control}
      <UnknownToggle value={props.value} onChange={props.onChange} />
    </>
  );
}
