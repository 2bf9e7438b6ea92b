export type PossibleTypesResultData = {
  possibleTypes: {
    Agent: ['Body', 'Organisation', 'Post'];
    Node: [
      'Area',
      'Body',
      'Document',
      'DutyType',
      'Obligation',
      'Organisation',
      'Person',
      'Post',
      'StatutoryProvision',
    ];
    Relationship: [
      'AccountableToRelationship',
      'AdvisesRelationship',
      'BasedOnRelationship',
      'ChairsRelationship',
      'ConsultsRelationship',
      'DischargedThroughRelationship',
      'EscalatesToRelationship',
      'GovernsRelationship',
      'HasObligationRelationship',
      'HoldsPostRelationship',
      'HoldsToAccountRelationship',
      'InformsRelationship',
      'MemberOfRelationship',
      'OfTypeRelationship',
      'PartOfRelationship',
      'PostOfRelationship',
      'ReportsToRelationship',
      'SignedRelationship',
      'SubgroupOfRelationship',
      'SucceededByRelationship',
      'SupportsRelationship',
    ];
  };
};
const result: PossibleTypesResultData = {
  possibleTypes: {
    Agent: ['Body', 'Organisation', 'Post'],
    Node: [
      'Area',
      'Body',
      'Document',
      'DutyType',
      'Obligation',
      'Organisation',
      'Person',
      'Post',
      'StatutoryProvision',
    ],
    Relationship: [
      'AccountableToRelationship',
      'AdvisesRelationship',
      'BasedOnRelationship',
      'ChairsRelationship',
      'ConsultsRelationship',
      'DischargedThroughRelationship',
      'EscalatesToRelationship',
      'GovernsRelationship',
      'HasObligationRelationship',
      'HoldsPostRelationship',
      'HoldsToAccountRelationship',
      'InformsRelationship',
      'MemberOfRelationship',
      'OfTypeRelationship',
      'PartOfRelationship',
      'PostOfRelationship',
      'ReportsToRelationship',
      'SignedRelationship',
      'SubgroupOfRelationship',
      'SucceededByRelationship',
      'SupportsRelationship',
    ],
  },
};
export default result;
