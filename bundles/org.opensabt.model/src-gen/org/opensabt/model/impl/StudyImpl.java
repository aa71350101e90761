/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model.impl;

import java.util.Collection;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.opensabt.model.ImageSeries;
import org.opensabt.model.ModelPackage;
import org.opensabt.model.StructureSet;
import org.opensabt.model.Study;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Study</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.impl.StudyImpl#getStudyInstanceUid <em>Study Instance Uid</em>}</li>
 *   <li>{@link org.opensabt.model.impl.StudyImpl#getStudyDate <em>Study Date</em>}</li>
 *   <li>{@link org.opensabt.model.impl.StudyImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.opensabt.model.impl.StudyImpl#getSeries <em>Series</em>}</li>
 *   <li>{@link org.opensabt.model.impl.StudyImpl#getStructureSets <em>Structure Sets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StudyImpl extends MinimalEObjectImpl.Container implements Study {
	/**
	 * The default value of the '{@link #getStudyInstanceUid() <em>Study Instance Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudyInstanceUid()
	 * @generated
	 * @ordered
	 */
	protected static final String STUDY_INSTANCE_UID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStudyInstanceUid() <em>Study Instance Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudyInstanceUid()
	 * @generated
	 * @ordered
	 */
	protected String studyInstanceUid = STUDY_INSTANCE_UID_EDEFAULT;

	/**
	 * The default value of the '{@link #getStudyDate() <em>Study Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudyDate()
	 * @generated
	 * @ordered
	 */
	protected static final XMLGregorianCalendar STUDY_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStudyDate() <em>Study Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudyDate()
	 * @generated
	 * @ordered
	 */
	protected XMLGregorianCalendar studyDate = STUDY_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSeries() <em>Series</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeries()
	 * @generated
	 * @ordered
	 */
	protected EList<ImageSeries> series;

	/**
	 * The cached value of the '{@link #getStructureSets() <em>Structure Sets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStructureSets()
	 * @generated
	 * @ordered
	 */
	protected EList<StructureSet> structureSets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StudyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.STUDY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStudyInstanceUid() {
		return studyInstanceUid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStudyInstanceUid(String newStudyInstanceUid) {
		String oldStudyInstanceUid = studyInstanceUid;
		studyInstanceUid = newStudyInstanceUid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STUDY__STUDY_INSTANCE_UID, oldStudyInstanceUid, studyInstanceUid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public XMLGregorianCalendar getStudyDate() {
		return studyDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStudyDate(XMLGregorianCalendar newStudyDate) {
		XMLGregorianCalendar oldStudyDate = studyDate;
		studyDate = newStudyDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STUDY__STUDY_DATE, oldStudyDate, studyDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STUDY__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ImageSeries> getSeries() {
		if (series == null) {
			series = new EObjectContainmentEList<ImageSeries>(ImageSeries.class, this, ModelPackage.STUDY__SERIES);
		}
		return series;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StructureSet> getStructureSets() {
		if (structureSets == null) {
			structureSets = new EObjectContainmentEList<StructureSet>(StructureSet.class, this, ModelPackage.STUDY__STRUCTURE_SETS);
		}
		return structureSets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.STUDY__SERIES:
				return ((InternalEList<?>)getSeries()).basicRemove(otherEnd, msgs);
			case ModelPackage.STUDY__STRUCTURE_SETS:
				return ((InternalEList<?>)getStructureSets()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.STUDY__STUDY_INSTANCE_UID:
				return getStudyInstanceUid();
			case ModelPackage.STUDY__STUDY_DATE:
				return getStudyDate();
			case ModelPackage.STUDY__DESCRIPTION:
				return getDescription();
			case ModelPackage.STUDY__SERIES:
				return getSeries();
			case ModelPackage.STUDY__STRUCTURE_SETS:
				return getStructureSets();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.STUDY__STUDY_INSTANCE_UID:
				setStudyInstanceUid((String)newValue);
				return;
			case ModelPackage.STUDY__STUDY_DATE:
				setStudyDate((XMLGregorianCalendar)newValue);
				return;
			case ModelPackage.STUDY__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ModelPackage.STUDY__SERIES:
				getSeries().clear();
				getSeries().addAll((Collection<? extends ImageSeries>)newValue);
				return;
			case ModelPackage.STUDY__STRUCTURE_SETS:
				getStructureSets().clear();
				getStructureSets().addAll((Collection<? extends StructureSet>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.STUDY__STUDY_INSTANCE_UID:
				setStudyInstanceUid(STUDY_INSTANCE_UID_EDEFAULT);
				return;
			case ModelPackage.STUDY__STUDY_DATE:
				setStudyDate(STUDY_DATE_EDEFAULT);
				return;
			case ModelPackage.STUDY__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ModelPackage.STUDY__SERIES:
				getSeries().clear();
				return;
			case ModelPackage.STUDY__STRUCTURE_SETS:
				getStructureSets().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.STUDY__STUDY_INSTANCE_UID:
				return STUDY_INSTANCE_UID_EDEFAULT == null ? studyInstanceUid != null : !STUDY_INSTANCE_UID_EDEFAULT.equals(studyInstanceUid);
			case ModelPackage.STUDY__STUDY_DATE:
				return STUDY_DATE_EDEFAULT == null ? studyDate != null : !STUDY_DATE_EDEFAULT.equals(studyDate);
			case ModelPackage.STUDY__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ModelPackage.STUDY__SERIES:
				return series != null && !series.isEmpty();
			case ModelPackage.STUDY__STRUCTURE_SETS:
				return structureSets != null && !structureSets.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (studyInstanceUid: ");
		result.append(studyInstanceUid);
		result.append(", studyDate: ");
		result.append(studyDate);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //StudyImpl
