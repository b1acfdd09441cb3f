import React from 'react';
import {render, screen} from '@testing-library/react';
import ScrollableTable from '.';

test('wraps the table in a box keyboard users can focus to scroll', () => {
  render(
    <ScrollableTable>
      <tbody>
        <tr>
          <td>cell</td>
        </tr>
      </tbody>
    </ScrollableTable>,
  );
  const table = screen.getByRole('table');
  expect(table.parentElement).toHaveAttribute('tabindex', '0');
  expect(screen.getByRole('cell')).toHaveTextContent('cell');
});
