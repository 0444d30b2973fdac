
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'capabilities.1': `can deploy intelligence resources that are not available to others, such as technical and human sources;`,
'capabilities.2': `can protect our sources, methods and level of knowledge, so that information can be obtained that would otherwise not be available;`,
'capabilities.3': `are a valued partner in an international network of intelligence and security services, within which unique information on threats, political developments and risks is shared;`,
'capabilities.4': `are an integrated service: both an intelligence service, focused on investigating the covert political intentions of other countries, and a security service, focused on threats to the democratic legal order and national security;`,
'capabilities.5': `are a multi-source service, because the use of different types of sources is brought together in a single organisation.`,
'capabilities.heading': `What the AIVD can do`,
'capabilities.lead': `The AIVD holds unique information because we:`,
'capabilities.result': `This puts us in a unique position to identify and interpret threats and risks to national security, and to help prevent them.`,
'copy-link': `Copy link to this section`,
'copy-link.done': `Link copied`,
'copy-link.failed': `The link could not be copied. Here it is:`,
'intro': `It is the task of the AIVD to be the first to identify and interpret threats, risks and international political developments that others cannot see and that may have serious consequences for the interests of the Dutch state. In this way, we can warn others, and threats and risks can be averted.`,
'mission.1': `The General Intelligence and Security Service (AIVD) protects national security by identifying, in good time, threats, international political developments and risks that are not immediately apparent, and to that end it carries out investigations in the Netherlands and abroad.`,
'mission.2': `We alert and advise our partners and share targeted information with them, so that they can take measures against the threats and risks. Where necessary, we also reduce risks ourselves.`,
'mission.heading': `What the AIVD stands for`,
'organisation': `The AIVD is a directorate-general of the Ministry of the Interior and Kingdom Relations. The service is headed by a Director-General.`,
'organisation.heading': `More about the AIVD`,
'toggle-all.close': `Hide all sections`,
'toggle-all.open': `Show all sections`,
'values.1': `AIVD staff are skilled and committed. We excel in operational investigation, analysis and interpretation. We seek cooperation with others and, through our professionalism, help our partners perform their tasks well.`,
'values.2': `The AIVD acts with integrity and respect. We carry out our tasks free from political views and preferences, and we are keenly aware of the responsibilities that come with our work. We use our special powers only when it is lawful to do so, and with as little intrusion as possible into citizens' privacy.`,
'values.3': `Reliability, discretion, diligence, and room for deliberation, reflection and challenge form the basis of how we carry out our tasks.`,
'values.heading': `Our values`,
'values.lead': `We carry out this mission on the basis of the values we hold.`,
    };
  