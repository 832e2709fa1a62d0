import { OnlyForRoles } from '../safeguarding/OnlyForRoles';
import { AuditLogPage } from './AuditLogPage';

/** /staff/audit: the audit log, for administrators. */
export default function AuditArea() {
  return (
    <OnlyForRoles roles={['ADMIN']}>
      <AuditLogPage />
    </OnlyForRoles>
  );
}
