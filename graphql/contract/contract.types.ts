// Contract GraphQL types beyond the entities themselves.
import { ObjectType } from 'type-graphql';
import { Contract, Receivable } from '@/entities';
import { Connection } from '../common/connection';

@ObjectType('ContractConnection')
export class ContractConnection extends Connection(Contract, 'Contract') {}

@ObjectType('ReceivableConnection')
export class ReceivableConnection extends Connection(Receivable, 'Receivable') {}
