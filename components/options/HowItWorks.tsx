import { useT } from '../i18n';

/** "How ClaimCheck decides": the page the in-page popover's "Why am I seeing this?" opens (#how). */
export function HowItWorks() {
  const t = useT();
  return (
    <section id="how" aria-labelledby="how-title" class="how" tabIndex={-1}>
      <h2 id="how-title">{t('howTitle')}</h2>
      <h3>{t('howFlaggedTitle')}</h3>
      <p>{t('howFlagged')}</p>
      <ul>
        <li>{t('howCatMilitary')}</li>
        <li>{t('howCatInstitution')}</li>
        <li>{t('howCatNews')}</li>
        <li>{t('howCatAdvice')}</li>
      </ul>
      <h3>{t('howCredentialsTitle')}</h3>
      <p>{t('howCredentials')}</p>
      <p>{t('howPaid')}</p>
      <h3>{t('howLookalikesTitle')}</h3>
      <p>{t('howLookalikes')}</p>
      <h3>{t('howNeverTitle')}</h3>
      <p>{t('howNever')}</p>
      <h3>{t('howDataTitle')}</h3>
      <ul>
        <li>{t('howDataLocal')}</li>
        <li>{t('howDataSync')}</li>
        <li>{t('howDataScreenshots')}</li>
        <li>{t('howDataNothingElse')}</li>
      </ul>
    </section>
  );
}
