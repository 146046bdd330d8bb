// Every entity, for the DataSource and migrations.
import { ApiToken } from './api-token.entity';
import { AuditLog } from './audit-log.entity';
import { Contact } from './contact.entity';
import { Customer } from './customer.entity';
import { CustomerTeamMember } from './customer-team-member.entity';
import { Department } from './department.entity';
import { LoginLog } from './login-log.entity';
import { Notification } from './notification.entity';
import { NumberingRule } from './numbering-rule.entity';
import { Position } from './position.entity';
import { Role } from './role.entity';
import { User } from './user.entity';
import { UserRole } from './user-role.entity';

export { ApiToken, AuditLog, Contact, Customer, CustomerTeamMember, Department, LoginLog, Notification, NumberingRule, Position, Role, User, UserRole };
export const entities = [ApiToken, AuditLog, Contact, Customer, CustomerTeamMember, Department, LoginLog, Notification, NumberingRule, Position, Role, User, UserRole];
