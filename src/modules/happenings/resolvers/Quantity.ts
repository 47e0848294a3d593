import type { QuantityKind, QuantityResolvers } from '../../../graphql/generated/resolvers.js';
import { factAccounts } from '../../common/accounts.js';
import { discrepanciesOf, evidenceOf } from '../../common/provenance.js';
import { sourcesPage } from '../../common/sourcePages.js';

export const Quantity: QuantityResolvers = {
  kind: (quantity) => quantity.quantityKind as QuantityKind,
  money: (quantity) =>
    quantity.quantityKind === 'MONEY' && quantity.currency ? { amount: quantity.value, currency: quantity.currency } : null,
  role: (quantity) => quantity.role ?? null,
  text: (quantity) => quantity.text ?? null,
  discrepancies: (quantity, _args, context) => discrepanciesOf(quantity, context),
  evidence: (quantity, _args, context) => evidenceOf(quantity, context),
  sources: (quantity, args, context) => sourcesPage(quantity, args, context),
  history: (quantity, _args, context) => factAccounts(quantity, context),
};
