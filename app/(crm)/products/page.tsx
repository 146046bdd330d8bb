// The product catalogue with its categories.
import { ProductAdmin } from './_components/product-admin';

export default function ProductsPage() {
  return <ProductAdmin />;
}
