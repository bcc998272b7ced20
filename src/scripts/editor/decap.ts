/** What the Decap CMS bundle (node_modules/decap-cms/dist/decap-cms.js) puts on window. */
declare global {
  interface Window {
    CMS: {
      init(options: { config: unknown }): void;
      registerWidget(name: string, control: unknown, preview?: unknown): void;
      registerCustomFormat(name: string, extension: string, format: { fromFile(content: string): unknown; toFile(data: Record<string, unknown>): string }): void;
      registerPreviewTemplate(collection: string, template: unknown): void;
      registerEventListener(listener: { name: string; handler: (event: { entry: DecapMap }) => unknown }): void;
    };
    h: (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;
    createClass: (spec: Record<string, unknown>) => unknown;
  }
}

/** Decap hands over Immutable.js maps. */
export interface DecapMap {
  get(key: string): any;
  getIn(path: unknown[]): any;
  toJS(): any;
}
