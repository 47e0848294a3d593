import { evidenceFields } from '../common/evidence.js';

/**
 * The shortest paths between two nodes, with names for every node, each hop read as a sentence,
 * and the quotes of the meetings, events and claims along them (a participation's own quote, a
 * claim's words), so every step of the path can be shown with its evidence.
 */
export const explorerPath = `
query ExplorerPath($from: ID!, $to: ID!) {
  connections(from: $from, to: $to, maxHops: 4, first: 3) {
    length
    nodes {
      __typename id
      ... on Actor { name kind } ... on Place { name } ... on Office { title } ... on Source { title }
      ... on Meeting { title status evidence { ${evidenceFields} } participants { actor { id } evidence { ${evidenceFields} } } }
      ... on Event { title status evidence { ${evidenceFields} } participants { actor { id } evidence { ${evidenceFields} } } }
      ... on Claim { text status evidence { ${evidenceFields} } }
    }
    steps { from { id } fromName relationship label direction sentence to { id } toName role }
  }
}`;
