import { routeDuplicate } from '../../../../server/src/rules/httpd/route-duplicate';
import { ruleTester } from '../../../support/ruleTester';
import { RECIPE } from './shared';

ruleTester(routeDuplicate, 'httpd', {
  valid: [{ name: 'the recipe', text: RECIPE }],
  invalid: [{ name: 'a copied member line', text: RECIPE.replace('route=Tomcat-2', 'route=Tomcat-1'), findings: [{ at: 'route=Tomcat-1', range: '3:47-3:61', message: /already the route of another member/ }] }],
});
