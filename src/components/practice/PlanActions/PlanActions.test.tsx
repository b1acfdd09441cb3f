import React from 'react';
import {act, fireEvent, render, screen} from '@testing-library/react';
import PlanActions from '.';

const LINK = 'https://example.org/practice/study-plans?plan=1.20261201.d7.abc.Plan';

test('copies the link and says so', async () => {
  const writeClipboard = jest.fn(async () => true);
  render(<PlanActions planName="Plan" fileName="plan.ics" getLink={() => LINK} getIcs={() => ''} writeClipboard={writeClipboard} />);
  await act(async () => fireEvent.click(screen.getByRole('button', {name: 'Copy link to Plan'})));
  expect(writeClipboard).toHaveBeenCalledWith(LINK);
  expect(screen.getByRole('status')).toHaveTextContent(`Link copied (${LINK.length} characters).`);
  expect(screen.queryByRole('textbox')).toBeNull();
});

test('when the clipboard refuses, the link appears in a read-only field to copy by hand', async () => {
  render(<PlanActions planName="Plan" fileName="plan.ics" getLink={() => LINK} getIcs={() => ''} writeClipboard={async () => false} />);
  await act(async () => fireEvent.click(screen.getByRole('button', {name: 'Copy link to Plan'})));
  const field = screen.getByRole('textbox', {name: /^Link to this plan/});
  expect(field).toHaveValue(LINK);
  expect(field).toHaveAttribute('readonly');
  expect(screen.getByRole('status')).toHaveTextContent(/^Could not copy automatically/);
});

test('downloads the calendar file made at click time', () => {
  const saveFile = jest.fn();
  const getIcs = jest.fn(() => 'BEGIN:VCALENDAR\r\n');
  render(<PlanActions planName="Plan" fileName="plan.ics" getLink={() => LINK} getIcs={getIcs} saveFile={saveFile} />);
  expect(getIcs).not.toHaveBeenCalled();
  fireEvent.click(screen.getByRole('button', {name: 'Download .ics calendar for Plan'}));
  expect(saveFile).toHaveBeenCalledWith('plan.ics', 'BEGIN:VCALENDAR\r\n', 'text/calendar;charset=utf-8');
  expect(screen.getByRole('status')).toHaveTextContent('Calendar file plan.ics downloaded.');
});
