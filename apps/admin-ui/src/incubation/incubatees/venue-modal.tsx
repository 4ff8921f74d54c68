import { Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssignVenueDto, IncubateeView } from '../../api/types';
import { FormModal } from '../../common/form-modal';
import { MoreRowsAlert } from '../../common/more-rows';
import { useRequired } from '../../common/use-required';
import { useAssignVenue } from '../incubatee-queries';
import { useBases } from '../queries';
import type { IncubateeDialogProps } from './incubatee-dialog';

/**
 * A place in one of the base's venues. A venue that is not shared takes one organization, a
 * shared one (合署办公) up to its capacity (R4): the API's refusal shows under the choice. Free
 * space and waived fees are then recorded as in-kind support (R16). The base is looked up among
 * the largest page of bases; should it not be there, the dialog says why no venue is offered.
 */
export function VenueModal({ cohort, incubatee, onClose }: IncubateeDialogProps) {
  const { t } = useTranslation();
  const required = useRequired();
  const bases = useBases();
  const base = bases.data?.items.find((b) => b.id === cohort.baseId);
  const venues = base?.venues ?? [];
  const options = venues.map((v) => ({
    value: v.id,
    label: t('incubation.venue.option', {
      name: v.name,
      occupants: v.occupants,
      capacity: v.capacity,
      use: t(v.shared ? 'incubation.venues.shared' : 'incubation.venues.private'),
    }),
  }));
  return (
    <FormModal<AssignVenueDto, AssignVenueDto, IncubateeView>
      name="placement"
      title={t('incubation.venue.title', { name: incubatee.name })}
      okText={t('incubation.actions.venue')}
      mutation={useAssignVenue(incubatee.id)}
      toBody={(values) => values}
      done={(i) => t('incubation.venue.done', { name: i.name, venue: i.venue?.venueName })}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{t('incubation.venue.help')}</Typography.Paragraph>
      {!base && (
        <MoreRowsAlert
          list={bases.data}
          message={(counts) => t('incubation.venue.moreBases', counts)}
        />
      )}
      <Form.Item name="venueId" label={t('incubation.incubatees.venue')} rules={required}>
        <Select
          loading={bases.isPending}
          options={options}
          notFoundContent={t('incubation.venues.none')}
        />
      </Form.Item>
    </FormModal>
  );
}
