import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type React from 'react';
import type { Language } from '../../i18n/language.js';
import { formatSize } from '../content/index.js';
import { readText } from '../read-text.js';
import type { StorageReceipt } from '../store-message.js';
import { destinationText } from './destination-text.js';

const useStyles = makeStyles({
  hash: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere', fontSize: tokens.fontSizeBase100 },
});

/** One receipt: the files written or uploaded (size, SHA-256, the library's address), or the forward (address, time, SHA-256). */
export const ReceiptView: React.FC<{ readonly receipt: StorageReceipt; readonly language: Language }> = ({ receipt, language }) => {
  const styles = useStyles();
  const text = readText(language);
  const kinds = destinationText(language);
  if (receipt.kind === 'forwarded') {
    return (
      <div data-testid="receipt" data-kind="registrar">
        <Text>{kinds.forwarded(receipt.address, receipt.time)}</Text>
        <div className={styles.hash}>{`meddelande.eml (${formatSize(receipt.bytes, language)}) SHA-256 ${receipt.sha256}`}</div>
      </div>
    );
  }
  const webUrl = 'webUrl' in receipt && typeof receipt.webUrl === 'string' ? receipt.webUrl : undefined;
  return (
    <div data-testid="receipt" data-kind={webUrl === undefined ? 'folder' : 'graph-drive'}>
      <Text>{webUrl === undefined ? text.receipt(receipt.path) : kinds.uploaded(receipt.path)}</Text>
      <ul>
        {receipt.files.map((f) => (
          <li key={f.name}>
            <Text>{`${f.name} (${formatSize(f.bytes, language)})`}</Text>
            <div className={styles.hash}>SHA-256 {f.sha256}</div>
          </li>
        ))}
      </ul>
      {webUrl !== undefined && <Text size={200} className={styles.hash}>{`${kinds.openLibrary} ${webUrl}`}</Text>}
      {'emlOnly' in receipt && receipt.emlOnly === true && <Text size={200} data-testid="eml-only">{kinds.emlOnly}</Text>}
    </div>
  );
};
