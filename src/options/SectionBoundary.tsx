// Keeps one broken section from taking the whole options page with it: whatever goes wrong while a
// section draws (bad stored data, a pack we failed to foresee), the other sections stay, so "Remove"
// on an imported pack and "Reset to defaults" can always be reached.
import { Component, type ComponentChildren } from 'preact';
import { t } from '../ui/i18n';

export class SectionBoundary extends Component<{ name: string; children?: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(`Think Before You Post: the "${this.props.name}" section could not be shown`, error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <section class="card" data-testid="section-failed" data-section={this.props.name}>
        <p class="notice notice-error" role="alert">
          {t('options.sectionFailed')}
        </p>
      </section>
    );
  }
}
