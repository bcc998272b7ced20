/**
 * Who money came from, apart from the model schema so that code running in the browser (the search
 * page's export, src/lib/data/columns.ts) can read the list without bundling the schema library.
 * A source line may name several when the source reports them together.
 */
export const fundingSourceKinds = ['nhan-dan', 'doanh-nghiep', 'doan-vien', 'cong-doan', 'ngan-sach', 'khac'] as const;
