import type { CameoCodeResolvers } from '../../../graphql/generated/resolvers.js';
import { cameoLabel, quadClassOf } from '../../common/cameo.js';

export const CameoCode: CameoCodeResolvers = {
  label: (cameo) => cameoLabel(cameo.code),
  quadClass: (cameo) => quadClassOf(cameo.code),
};
