/**
 * Neo4j Browser's graph style for this graph (GraSS, the `:style` format), applied by default:
 * every real label gets its colour and a caption that reads (names, titles, a quote's words, a
 * happening's status), and the loader's technical `Node` label, which every node carries, stays
 * neutral so it never takes over. The Browser applies matching rules in order, later ones
 * winning, so `node.Node` comes first and the labels after it. The Browser replaces its own
 * defaults with a stored sheet, so the sheet carries the base `node` and `relationship` rules.
 */
type Rule = Readonly<Record<string, string>>;

const dark = '#2A2C34';
const light = '#FFFFFF';
const colour = (color: string, border: string, text: string): Rule => ({ color, 'border-color': border, 'text-color-internal': text });

export const graphStyle: Readonly<Record<string, Rule>> = {
  node: { diameter: '50px', color: '#A5ABB6', 'border-color': '#9AA1AC', 'border-width': '2px', 'text-color-internal': light, 'font-size': '10px' },
  relationship: {
    color: '#A5ABB6', 'shaft-width': '1px', 'font-size': '8px', padding: '3px', 'text-color-external': '#000000', 'text-color-internal': light, caption: '<type>',
  },
  'node.Node': { ...colour('#E4E6EB', '#C4C8D0', dark), caption: '{id}' },
  'node.Actor': { ...colour('#4C8EDA', '#2870C2', light), caption: '{name}' },
  'node.Person': { ...colour('#4C8EDA', '#2870C2', light), caption: '{name}', diameter: '55px' },
  'node.Country': { ...colour('#F79767', '#F36924', light), caption: '{name}', diameter: '65px' },
  'node.Organisation': { ...colour('#57C7E3', '#23B3D7', dark), caption: '{name}' },
  'node.Group': { ...colour('#8DCC93', '#5DB665', dark), caption: '{name}' },
  'node.Place': { ...colour('#D9C8AE', '#C0A378', dark), caption: '{name}' },
  'node.Office': { ...colour('#C990C0', '#B261A5', light), caption: '{title}' },
  'node.Meeting': { ...colour('#F16667', '#EB2728', light), caption: '{status} · {title}', diameter: '80px' },
  'node.Event': { ...colour('#FFC454', '#D7A013', dark), caption: '{status} · {title}', diameter: '80px' },
  'node.Claim': { ...colour('#ECB5C9', '#DA7298', dark), caption: '{status} · {text}', diameter: '80px' },
  'node.Quantity': { ...colour('#DA7194', '#CC3C6C', light), caption: '{text}' },
  'node.Discrepancy': { ...colour('#569480', '#447666', light), caption: '{discrepancyKind} · {description}' },
  'node.Evidence': { ...colour('#FFF4C2', '#E0C060', dark), caption: '{exact}', diameter: '55px' },
  'node.Source': { ...colour('#604A0E', '#423204', light), caption: '{title}', diameter: '65px' },
  'node.SeedScript': { ...colour('#E4E6EB', '#C4C8D0', dark), caption: '{name}' },
  'relationship.PARTICIPATED_IN': { caption: '{role}' },
  'relationship.ABOUT': { caption: '{role}' },
  'relationship.HAS_QUANTITY': { caption: '{role}' },
  'relationship.EVIDENCED_BY': { caption: '{role}', color: '#E0C060' },
  'relationship.QUOTED_FROM': { color: '#E0C060' },
  'relationship.SUPPORTED_BY': { color: '#D5D8DE' },
};

/** The sheet as a `.grass` file, the form `:style` shows and accepts (drop it on the Browser to restore it). */
export function grassText(style: Readonly<Record<string, Rule>> = graphStyle): string {
  return Object.entries(style)
    .map(([selector, props]) => {
      const lines = Object.entries(props).map(([name, value]) => `  ${name}: ${name === 'caption' ? `'${value}'` : value};`);
      return `${selector} {\n${lines.join('\n')}\n}\n`;
    })
    .join('\n');
}
