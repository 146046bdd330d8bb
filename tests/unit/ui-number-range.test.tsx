/** @jest-environment jsdom */
// The filter bar's number range (custom number and money fields): a bound is handed on when its box is left or
// Enter is pressed, not per keystroke; emptied again, the range clears.
import { fireEvent, render, screen } from '@testing-library/react';
import { NumberRange } from '@/app/(crm)/_kit/fields/number-range';
import { installBrowserShims } from './ui-setup';

installBrowserShims();

test('hands on the range on blur and Enter only, and null once both bounds are empty', () => {
  const onChange = jest.fn();
  const { rerender } = render(<NumberRange label="预算" testId="range" onChange={onChange} />);
  const from = screen.getByTestId('range-from').querySelector('input') ?? screen.getByTestId('range-from');
  fireEvent.change(from, { target: { value: '1000' } });
  expect(onChange).not.toHaveBeenCalled();
  fireEvent.blur(from);
  expect(onChange).toHaveBeenLastCalledWith([1000, null]);
  rerender(<NumberRange label="预算" testId="range" value={[1000, null]} onChange={onChange} />);
  const to = screen.getByTestId('range-to').querySelector('input') ?? screen.getByTestId('range-to');
  fireEvent.change(to, { target: { value: '5000' } });
  fireEvent.keyDown(to, { key: 'Enter', code: 'Enter', keyCode: 13 });
  expect(onChange).toHaveBeenLastCalledWith([1000, 5000]);
  rerender(<NumberRange label="预算" testId="range" value={[1000, 5000]} onChange={onChange} />);
  fireEvent.change(from, { target: { value: '' } });
  fireEvent.change(to, { target: { value: '' } });
  fireEvent.blur(to);
  expect(onChange).toHaveBeenLastCalledWith(null);
});
