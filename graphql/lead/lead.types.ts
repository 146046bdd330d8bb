// Lead GraphQL types beyond the entity itself.
import { ObjectType } from 'type-graphql';
import { Lead } from '@/entities';
import { Connection } from '../common/connection';

@ObjectType('LeadConnection')
export class LeadConnection extends Connection(Lead, 'Lead') {}
