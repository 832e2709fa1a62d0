/**
 * Caches of one app instance, each named and typed by the feature that owns it (so shared/ needs
 * none of their types): `app.caches.of<SurveyDefinition>('survey-definitions')`. Entries carry the
 * time they were stored; each owner decides how long its entries live.
 */
export class LocalCaches {
  private readonly maps = new Map<string, Map<string, { at: number; value: unknown }>>();

  of<T>(name: string): Map<string, { at: number; value: T }> {
    let map = this.maps.get(name);
    if (!map) this.maps.set(name, (map = new Map()));
    return map as Map<string, { at: number; value: T }>;
  }
}
