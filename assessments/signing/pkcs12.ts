import { createPrivateKey, createPublicKey, X509Certificate, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { AppError } from '../shared/errors';

export interface ImportedPkcs12 {
  certificate: Buffer;
  chain: Buffer[];
  privateKey: KeyObject;
}

const invalid = (message: string, file: string) => new AppError('invalid_input', message, { file });

function bagKeyToPkcs8(bag: forge.pkcs12.Bag): Buffer {
  const asn1 = bag.key
    ? forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(bag.key as forge.pki.rsa.PrivateKey))
    : bag.asn1;
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

function bagCertToDer(bag: forge.pkcs12.Bag): Buffer {
  const asn1 = bag.cert ? forge.pki.certificateToAsn1(bag.cert) : bag.asn1;
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

const spki = (key: KeyObject) => createPublicKey(key).export({ type: 'spki', format: 'der' });

/**
 * Reads a PKCS#12 (.p12/.pfx) file: exactly one private key, the certificate for that key, and any
 * other certificates as its chain. Wrong password, no key, no matching certificate and a
 * certificate outside its validity period are refused with a message naming the file.
 */
export function readPkcs12(bytes: Buffer, password: string, file: string, now: Date): ImportedPkcs12 {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(bytes.toString('binary')), false);
    p12 = forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  } catch (error) {
    const message = (error as Error).message;
    if (/password|MAC could not be verified|decrypt/i.test(message)) {
      throw invalid(`Wrong password for ${file}: the PKCS#12 integrity check failed.`, file);
    }
    throw invalid(`${file} is not a readable PKCS#12 file (${message}).`, file);
  }
  const bags = (type: string | undefined): forge.pkcs12.Bag[] =>
    type === undefined ? [] : (p12.getBags({ bagType: type })[type] ?? []);
  const keyBags = [...bags(forge.pki.oids.pkcs8ShroudedKeyBag), ...bags(forge.pki.oids.keyBag)];
  if (keyBags.length === 0)
    throw invalid(`${file} contains no private key; export it again with its key.`, file);
  if (keyBags.length > 1)
    throw invalid(`${file} contains ${keyBags.length} private keys; import one identity per file.`, file);
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({
      key: bagKeyToPkcs8(keyBags[0] as forge.pkcs12.Bag),
      format: 'der',
      type: 'pkcs8',
    });
  } catch (error) {
    throw invalid(`The private key in ${file} cannot be read: ${(error as Error).message}.`, file);
  }
  if (privateKey.asymmetricKeyType !== 'rsa' && privateKey.asymmetricKeyType !== 'ec') {
    throw invalid(
      `The private key in ${file} is ${privateKey.asymmetricKeyType ?? 'of an unknown type'}; RSA or ECDSA is required.`,
      file,
    );
  }
  const certs = bags(forge.pki.oids.certBag).map(bagCertToDer);
  const keySpki = spki(privateKey);
  const signer = certs.find((der) =>
    new X509Certificate(der).publicKey.export({ type: 'spki', format: 'der' }).equals(keySpki),
  );
  if (!signer) throw invalid(`${file} has no certificate for its private key.`, file);
  const cert = new X509Certificate(signer);
  const [from, to] = [new Date(cert.validFrom), new Date(cert.validTo)];
  if (now > to)
    throw invalid(`The certificate in ${file} expired on ${to.toISOString()}; import a current one.`, file);
  if (now < from)
    throw invalid(`The certificate in ${file} is not valid before ${from.toISOString()}.`, file);
  return { certificate: signer, chain: certs.filter((der) => der !== signer), privateKey };
}
