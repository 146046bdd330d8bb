// One row holding the access version: bumped in the same transaction by every change of users' departments,
// roles, role grants, departments and pools (lib/access/access-version.ts). App servers cache what those decide
// per (user, version) and read the version with the user on every request, so a change is seen at once by all.
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('access_version')
export class AccessVersion {
  @PrimaryColumn({ type: 'int' }) id: number;
  @Column({ type: 'int', default: 1 }) version: number;
}
