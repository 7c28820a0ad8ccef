import { childrenOf, primitiveContent, type BerBlock } from './berValues';
import { derEncodingWith, type DerView } from './derCanonical';

export { isDerEncoded } from './derCanonical';

const BLOCK_VIEW: DerView<BerBlock> = {
  tagClass: (block) => block.idBlock.tagClass,
  tagNumber: (block) => block.idBlock.tagNumber,
  constructed: (block) => block.idBlock.isConstructed,
  children: childrenOf,
  content: primitiveContent,
};

/** The DER encoding of an element asn1js read from BER (see derEncodingWith). */
export const derEncodingOf = (block: BerBlock): Buffer => derEncodingWith(BLOCK_VIEW, block);
