// A host app that localizes with @lit/localize itself, on the same page as the
// widget: configuring it must not throw, and both must keep their languages.
import { configureLocalization, msg } from '@lit/localize';
import 'aivd-mission';

const { setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['fr'],
  loadLocale: async () => ({ templates: { greeting: 'Bonjour' } }),
});
await setLocale('fr');
export const greeting = () => msg('Hello', { id: 'greeting' });
