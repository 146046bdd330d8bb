// Which roles a user holds (many to many).
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('user_role')
export class UserRole {
  @PrimaryColumn({ name: 'user_id', type: 'int' }) userId: number;
  @Index('idx_user_role_role') @PrimaryColumn({ name: 'role_id', type: 'int' }) roleId: number;
}
