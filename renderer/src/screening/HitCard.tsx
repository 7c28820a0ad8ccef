import { Fragment, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { IDENTIFIER_TYPES, type IdentifierType } from '../../../assessments/questionnaire/answers';
import { countryName } from '../format/countries';
import type { OperationOutput } from '../../../assessments/api/contract';
import { formatDateTime } from '../format/dates';
import type { Language } from '../i18n/languages';
import { useLanguage } from '../i18n/useLanguage';
import { DispositionForm } from './DispositionForm';
import { FeatureList } from './FeatureList';
import { formatScore, type Hit } from './screeningTypes';

/** What the assessor entered about the party, shown beside what the list gives about the record. */
export interface PartyDetails {
  birthDate?: string;
  nationality?: string;
  identifiers?: { type: string; value: string }[];
}

interface HitCardProps {
  hit: Hit;
  party?: PartyDetails | undefined;
  /** Hits of older runs are shown for the record and cannot be decided any more. */
  editable: boolean;
  onDisposed: (result: OperationOutput<'screening.dispose'>) => void;
}

/** One potential match: who matched what, why, on which list version, and the assessor's decision. */
export function HitCard({ hit, party, editable, onDisposed }: HitCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [changing, setChanging] = useState(false);
  const alias = hit.matchedName !== hit.entryName;
  const headingId = `hit-${hit.id}`;
  return (
    <article
      className={`hit hit--${hit.disposition ?? 'undecided'}`}
      aria-labelledby={headingId}
      data-testid="screening-hit"
      data-disposition={hit.disposition ?? 'undecided'}
    >
      <header className="hit__head">
        <h4 id={headingId} className="hit__title">
          <bdi>{hit.partyName}</bdi>
          <span aria-hidden="true" className="hit__arrow" />
          <span className="visually-hidden"> — </span>
          <bdi>{hit.entryName}</bdi>
        </h4>
        <p className="hit__score">
          <span className="hit__score-label">{t('screening.hits.score')}</span>{' '}
          <strong data-testid="hit-score">{formatScore(hit.score, language)}</strong>
        </p>
      </header>
      <dl className="details-list hit__details">
        <dt>{t('screening.hits.matchedName')}</dt>
        <dd>
          <bdi>{hit.matchedName}</bdi>{' '}
          <span className="muted">
            ({alias ? t('screening.hits.matchedAlias') : t('screening.hits.matchedPrimary')})
          </span>
        </dd>
        <dt>{t('screening.hits.features')}</dt>
        <dd>
          <FeatureList features={hit.features} />
        </dd>
        <dt>{t('screening.hits.list')}</dt>
        <dd>
          <bdi>{hit.datasetLabel}</bdi>
        </dd>
        <dt>{t('screening.hits.sourceId')}</dt>
        <dd>
          <bdi>{hit.sourceId}</bdi>
          {hit.sourceUrl && (
            <>
              {' · '}
              <code className="hit__url" dir="ltr">
                {hit.sourceUrl}
              </code>
            </>
          )}
        </dd>
        <dt>{t('screening.hits.entryType')}</dt>
        <dd>{t(`screening.entryTypes.${hit.entryType}`)}</dd>
        {hit.programmes.length > 0 && (
          <>
            <dt>{t('screening.hits.programmes')}</dt>
            <dd>
              <bdi>{hit.programmes.join(', ')}</bdi>
            </dd>
          </>
        )}
        {hit.birthDates.length > 0 && (
          <>
            <dt>{t('screening.hits.birthDates')}</dt>
            <dd>
              <bdi>{hit.birthDates.join(', ')}</bdi>
            </dd>
          </>
        )}
        {hit.nationalities && hit.nationalities.length > 0 && (
          <>
            <dt>{t('screening.hits.nationalities')}</dt>
            <dd>
              <ListedValues values={hit.nationalities} />
            </dd>
          </>
        )}
        {hit.identifiers && hit.identifiers.length > 0 && (
          <>
            <dt>{t('screening.hits.identifiers')}</dt>
            <dd>
              <ListedValues values={hit.identifiers} />
            </dd>
          </>
        )}
        {party && partyValues(party, language, t).length > 0 && (
          <>
            <dt>{t('screening.hits.partyDetails')}</dt>
            <dd data-testid="hit-party-details">
              <ListedValues values={partyValues(party, language, t)} />
            </dd>
          </>
        )}
        {hit.sameAs && hit.sameAs.length > 0 && (
          <>
            <dt>{t('screening.hits.sameAs')}</dt>
            <dd data-testid="hit-same-as">
              <ListedValues values={hit.sameAs.map((ref) => `${ref.datasetLabel} ${ref.sourceId}`)} />
            </dd>
          </>
        )}
      </dl>
      {hit.disposition && !changing ? (
        <div className="hit__decision" data-testid="hit-decision">
          <p className={`hit__verdict hit__verdict--${hit.disposition}`}>
            {t('screening.disposition.decided', {
              disposition:
                hit.disposition === 'true-match'
                  ? t('screening.disposition.trueMatch')
                  : t('screening.disposition.falsePositive'),
              name: hit.decidedBy ?? '',
              date: hit.decidedAt ? formatDateTime(hit.decidedAt, language) : '',
            })}
          </p>
          <p className="hit__reason" dir="auto">
            {hit.reason}
          </p>
          {editable && (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setChanging(true)}
            >
              {t('screening.disposition.change')}
            </button>
          )}
        </div>
      ) : (
        editable && (
          <DispositionForm
            hit={hit}
            onCancel={hit.disposition ? () => setChanging(false) : undefined}
            onDisposed={(result) => {
              setChanging(false);
              onDisposed(result);
            }}
          />
        )
      )}
      {!hit.disposition && !editable && <p className="muted">{t('screening.hits.undecided')}</p>}
    </article>
  );
}

/**
 * Values as the listed record writes them, each isolated so a name in another script keeps its own
 * direction; a semicolon separates them since an identifier's text may hold commas.
 */
function ListedValues({ values }: { values: readonly string[] }) {
  return values.map((value, index) => (
    <Fragment key={index}>
      {index > 0 && '; '}
      <bdi>{value}</bdi>
    </Fragment>
  ));
}

/** The party's details in the reader's language: identifier types as the entity editor names them. */
function partyValues(party: PartyDetails, language: Language, t: TFunction): string[] {
  const known = (type: string): type is IdentifierType =>
    (IDENTIFIER_TYPES as readonly string[]).includes(type);
  const typeName = (type: string) => (known(type) ? t(`wizard.entity.identifierTypes.${type}`) : type);
  return [
    ...(party.birthDate ? [party.birthDate] : []),
    ...(party.nationality ? [countryName(party.nationality, language)] : []),
    ...(party.identifiers ?? []).map(({ type, value }) => `${typeName(type)}: ${value}`),
  ];
}
