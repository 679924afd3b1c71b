import { interceptorOrder } from '../../../../server/src/rules/tomcat/interceptor-order';
import { ruleTester } from '../../../support/ruleTester';
import { clusterWith, I, interceptors } from './cluster-structure.shared';

ruleTester(interceptorOrder, 'tomcat-xml', {
  valid: [
    { name: 'the defaults', text: clusterWith(interceptors('TcpFailureDetector', 'MessageDispatchInterceptor')) },
    { name: 'EncryptInterceptor last but before TcpFailureDetector', text: clusterWith(interceptors('MessageDispatchInterceptor', 'EncryptInterceptor', 'TcpFailureDetector')) },
    { name: 'StaticMembershipInterceptor after TcpFailureDetector and TcpPingInterceptor', text: clusterWith(interceptors('TcpFailureDetector', 'TcpPingInterceptor', 'StaticMembershipInterceptor')) },
  ],
  invalid: [
    { name: 'an interceptor after EncryptInterceptor', text: clusterWith(interceptors('EncryptInterceptor', 'MessageDispatchInterceptor')), findings: [{ at: `${I}.EncryptInterceptor`, message: /MessageDispatchInterceptor comes after it/ }] },
    {
      name: 'StaticMembershipInterceptor before TcpFailureDetector',
      text: clusterWith(interceptors('TcpPingInterceptor', 'StaticMembershipInterceptor', 'TcpFailureDetector')),
      findings: [{ at: `${I}.StaticMembershipInterceptor`, message: /must come after TcpFailureDetector/ }],
    },
    {
      name: 'StaticMembershipInterceptor alone',
      text: clusterWith(interceptors('MessageDispatchInterceptor', 'StaticMembershipInterceptor')),
      findings: [
        { at: `${I}.StaticMembershipInterceptor`, message: /without TcpFailureDetector before it/ },
        { at: `${I}.StaticMembershipInterceptor`, message: /without TcpPingInterceptor before it/ },
      ],
    },
  ],
});
