import { OnlyForRoles } from '../safeguarding/OnlyForRoles';
import { PeoplePage } from './PeoplePage';

/** /staff/people: staff accounts, for administrators. */
export default function PeopleArea() {
  return (
    <OnlyForRoles roles={['ADMIN']}>
      <PeoplePage />
    </OnlyForRoles>
  );
}
